import type { Endpoint } from 'payload'

import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

const assets: Record<string, string> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
}

/** swagger-ui-dist's folder, resolved from the app (the route code may run from a build folder). */
const distDir = (): string =>
  path.dirname(
    createRequire(path.join(process.cwd(), 'package.json')).resolve('swagger-ui-dist/package.json'),
  )

const page = (apiRoute: string, specPath: string): string => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Speakers Bureau API</title>
  <link rel="stylesheet" href="${apiRoute}/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui" data-spec="${apiRoute}${specPath}"></div>
  <script src="${apiRoute}/docs/swagger-ui-bundle.js"></script>
  <script src="${apiRoute}/docs/init.js"></script>
</body>
</html>
`

const init = `window.ui = SwaggerUIBundle({
  dom_id: '#swagger-ui',
  url: document.getElementById('swagger-ui').dataset.spec,
})
`

/** `/api/docs`: Swagger UI for the OpenAPI document, with its files served from swagger-ui-dist. */
export const docsEndpoints = ({ specPath }: { specPath: string }): Endpoint[] => [
  {
    handler: (req) =>
      new Response(page(req.payload.config.routes.api, specPath), {
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
        },
      }),
    method: 'get',
    path: '/docs',
  },
  {
    handler: () =>
      new Response(init, {
        headers: {
          'Content-Type': assets['swagger-ui-bundle.js'],
        },
      }),
    method: 'get',
    path: '/docs/init.js',
  },
  ...Object.entries(assets).map(([file, type]): Endpoint => ({
    handler: async () =>
      new Response(await fs.readFile(path.join(distDir(), file), 'utf8'), {
        headers: { 'Content-Type': type },
      }),
    method: 'get',
    path: `/docs/${file}`,
  })),
]
