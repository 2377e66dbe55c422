'use client'

import type { TextareaFieldClientComponent } from 'payload'

import { TextareaField, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

type SavedNote = { id?: null | string }

/**
 * An internal note's text: editable while the note is new, read-only once it is saved (notes are
 * append-only; the server refuses an edit whatever the form sends, see decideInternalNotes).
 */
export const InternalNoteField: TextareaFieldClientComponent = (props) => {
  const rowPath = props.path.slice(0, props.path.lastIndexOf('.'))
  const rowId = useFormFields(([fields]) => fields[`${rowPath}.id`]?.value)
  const { savedDocumentData } = useDocumentInfo()
  const saved = (savedDocumentData?.internalNotes ?? []) as SavedNote[]
  const isSaved = rowId != null && saved.some(({ id }) => String(id) === String(rowId))
  return <TextareaField {...props} readOnly={props.readOnly || isSaved} />
}
