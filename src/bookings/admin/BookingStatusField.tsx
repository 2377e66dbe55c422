'use client'

import type { SelectFieldClientComponent } from 'payload'

import { SelectInput, useField } from '@payloadcms/ui'
import React from 'react'

import { useLocalize } from '../../i18n/useLocalize'
import { type BookingStatus, bookingTransitions } from '../statusTransitions'

/** The status select, offering only the moves allowed from the saved status (the server checks too). */
export const BookingStatusField: SelectFieldClientComponent = ({ field, path }) => {
  const { initialValue, setValue, value } = useField<string>({ path })
  const l = useLocalize()
  const saved = (initialValue ?? 'new') as BookingStatus
  const allowed = new Set<string>([saved, ...bookingTransitions[saved]])
  return (
    <SelectInput
      isClearable={false}
      label={field.label || l({ en: 'Status', zh: '状态' })}
      name={field.name}
      onChange={(option) => {
        if (option && !Array.isArray(option)) setValue(option.value as string)
      }}
      // The field's own options carry the labels in every language.
      options={field.options
        .map((option) => (typeof option === 'string' ? { label: option, value: option } : option))
        .filter((option) => allowed.has(option.value))}
      path={path}
      value={value}
    />
  )
}
