'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import type { PersonRef } from './statusHistoryLines'
import { idOf, usePeople } from './usePeople'

/**
 * Under a person picker: the chosen person's e-mail address, as a link. The picker shows names;
 * two colleagues may share one, never an address, and staff often write to the assignee.
 */
export const PersonEmail: React.FC<{ path?: string }> = ({ path = 'assignee' }) => {
  const value = useFormFields(([fields]) => fields[path]?.value) as PersonRef
  const id = idOf(value)
  const people = usePeople(id === undefined ? [] : [id])
  const email = id === undefined ? undefined : people.get(id)?.email
  if (!email) return null
  return (
    <div className="person-email" style={{ marginTop: 'calc(var(--base) / 4)' }}>
      <a href={`mailto:${email}`}>{email}</a>
    </div>
  )
}
