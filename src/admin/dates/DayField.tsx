'use client'

import type { TextFieldClientComponent } from 'payload'

import {
  DatePicker,
  FieldDescription,
  FieldError,
  FieldLabel,
  fieldBaseClass,
  useField,
  useTranslation,
} from '@payloadcms/ui'
import React from 'react'

import { dayToLocalDate, localDateToDay, normalizeDayInput } from '../../dates/day'
import { dayPickerFormat } from '../../dates/dayPickerFormat'

/**
 * Payload's date picker for a day-only field (collections/fields/dayField.ts). The stored value is
 * `YYYY-MM-DD`; the picker works with Dates in the browser's zone, so the day goes in as local
 * midnight and comes back as the calendar day picked: 20 May stays 20 May in Los Angeles, Shanghai,
 * Auckland or Kiritimati, where Payload's own date field (an instant) showed 19 May west of UTC.
 */
export const DayField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { i18n } = useTranslation()
  const { disabled, setValue, showError, value } = useField<null | string>({ path })
  const { admin: { className, description } = {}, label, localized, required } = field
  const isReadOnly = Boolean(readOnly || disabled)
  const pick = (date: Date | null | undefined) => setValue(date ? localDateToDay(date) : null)
  return (
    <div
      className={[
        fieldBaseClass,
        'date-time-field',
        className,
        showError && 'date-time-field--has-error',
        isReadOnly && 'read-only',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel label={label} localized={localized} path={path} required={required} />
      <div className={`${fieldBaseClass}__wrap`} id={`field-${path.replace(/\./g, '__')}`}>
        <FieldError path={path} showError={showError} />
        <DatePicker
          displayFormat={dayPickerFormat(i18n.language)}
          // Only the clear button comes this way (with null): picks go through `overrides`.
          onChange={(date) => pick(date)}
          // react-datepicker's own onChange: the picked day at local midnight, before Payload's
          // picker moves it to noon UTC.
          overrides={{ onChange: (date: Date | null) => pick(date) }}
          pickerAppearance="dayOnly"
          readOnly={isReadOnly}
          // Tolerates a not yet migrated timestamp: its date part.
          value={dayToLocalDate(normalizeDayInput(value))}
        />
      </div>
      <FieldDescription description={description} path={path} />
    </div>
  )
}
