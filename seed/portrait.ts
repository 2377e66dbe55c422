import crypto from 'node:crypto'
import sharp from 'sharp'

/** A placeholder portrait (head and shoulders on a colour taken from the name), as a PNG. */
export const portraitFor = async (name: string): Promise<Buffer> => {
  const hue = crypto.createHash('sha1').update(name).digest()[0] * (360 / 256)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800">
    <rect width="800" height="800" fill="hsl(${hue}, 45%, 82%)"/>
    <circle cx="400" cy="310" r="150" fill="hsl(${hue}, 30%, 40%)"/>
    <ellipse cx="400" cy="800" rx="300" ry="260" fill="hsl(${hue}, 30%, 40%)"/>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
