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
  <div id="swagger-ui" data-api="${apiRoute}" data-spec="${apiRoute}${specPath}"></div>
  <script src="${apiRoute}/docs/swagger-ui-bundle.js"></script>
  <script src="${apiRoute}/docs/init.js"></script>
</body>
</html>
`

/**
 * "Try it out" calls the server this page came from: the document names PUBLIC_SERVER_URL, which
 * may be another origin than the one the page was opened at (localhost, a proxy), and the
 * Content-Security-Policy lets the page reach its own origin only.
 */
const init = `(async () => {
  const root = document.getElementById('swagger-ui')
  const spec = await (await fetch(root.dataset.spec)).json()
  const docsPath = root.dataset.api + '/docs'
  const prefix = location.pathname.slice(0, Math.max(0, location.pathname.lastIndexOf(docsPath)))
  spec.servers = [{ url: location.origin + prefix, description: 'This server' }]
  window.ui = SwaggerUIBundle({ dom_id: '#swagger-ui', spec })
})()
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
