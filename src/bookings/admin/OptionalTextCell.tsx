'use client'

import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

/**
 * A text cell that may well be empty (a notification's last error): a dash when there is nothing,
 * where Payload's default cell writes "<No Last error>".
 */
export const OptionalTextCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => (
  <span>{typeof cellData === 'string' && cellData ? cellData : '—'}</span>
)
