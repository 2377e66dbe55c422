'use client'

import type { JoinFieldClientProps } from 'payload'

import { JoinField, useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

/**
 * Payload's join table for the review history, drawn afresh after every save of the document:
 * Payload's table loads its rows once and on sorting, so a review move (saved without a reload)
 * would not show its new row until the page was reloaded.
 */
export const ReviewHistoryField: React.FC<JoinFieldClientProps> = (props) => {
  const { savedDocumentData } = useDocumentInfo()
  return <JoinField {...props} key={String(savedDocumentData?.updatedAt ?? '')} />
}
