'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { formatDay } from '../../dates/day'

/** A day-only value in a list: the day with its year, in the admin's language, no time, no zone. */
export const DayCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const { i18n } = useTranslation()
  return <span>{cellData ? formatDay(cellData, i18n.language) : null}</span>
}
