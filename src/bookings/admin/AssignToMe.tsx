'use client'

import { Button, useAuth, useField, useForm } from '@payloadcms/ui'
import React from 'react'

import { useLocalize } from '../../i18n/useLocalize'

/** One click: the signed-in staff member takes the request (and it is saved). */
export const AssignToMe: React.FC = () => {
  const { user } = useAuth()
  const { setValue, value } = useField<number | string>({ path: 'assignee' })
  const { submit } = useForm()
  const l = useLocalize()
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
      {l({ en: 'Assign to me', zh: '分配给我' })}
    </Button>
  )
}
