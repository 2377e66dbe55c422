import type { ApiRoad } from './createApp'

/** API_ROAD: `express` (unset: the API straight from Express) or `next` (through Next.js's route files). */
export const apiRoadOf = (value: string | undefined): ApiRoad => {
  if (!value || value === 'express') return 'express'
  if (value === 'next') return 'next'
  throw new Error(`API_ROAD=${value}: use "express" (the default) or "next"`)
}
