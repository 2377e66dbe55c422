'use client'

import { Button, useAuth, useField, useForm } from '@payloadcms/ui'
import React from 'react'

/** One click: the signed-in staff member takes the request (and it is saved). */
export const AssignToMe: React.FC = () => {
  const { user } = useAuth()
  const { setValue, value } = useField<number | string>({ path: 'assignee' })
  const { submit } = useForm()
  if (!user || String(value ?? '') === String(user.id)) return null
  return (
    <Button
      buttonStyle="secondary"
      onClick={() => {
        setValue(user.id)
        setTimeout(() => void submit(), 0)
      }}
      size="small"
    >
      Assign to me
    </Button>
  )
}
