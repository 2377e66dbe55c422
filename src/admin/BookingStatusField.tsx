'use client'

import type { SelectFieldClientComponent } from 'payload'

import { SelectInput, useField } from '@payloadcms/ui'
import React from 'react'

import {
  type BookingStatus,
  bookingStatusOptions,
  bookingTransitions,
} from '../bookings/statusTransitions'

/** The status select, offering only the moves allowed from the saved status (the server checks too). */
export const BookingStatusField: SelectFieldClientComponent = ({ field, path }) => {
  const { initialValue, setValue, value } = useField<string>({ path })
  const saved = (initialValue ?? 'new') as BookingStatus
  const allowed = new Set<string>([saved, ...bookingTransitions[saved]])
  return (
    <SelectInput
      isClearable={false}
      label={field.label || 'Status'}
      name={field.name}
      onChange={(option) => {
        if (option && !Array.isArray(option)) setValue(option.value as string)
      }}
      options={bookingStatusOptions.filter(({ value: option }) => allowed.has(option))}
      path={path}
      value={value}
    />
  )
}
