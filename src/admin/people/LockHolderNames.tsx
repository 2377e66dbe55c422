'use client'

import { useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useEffect } from 'react'

/**
 * Where Payload names the person holding an edit lock: the "… is currently editing" dialog and the
 * list's lock-icon tooltip ("… is editing"). Payload 3.90 writes `user.email` there whatever the
 * collection's `useAsTitle` (@payloadcms/ui elements/DocumentLocked and elements/Locked), with no
 * option or component slot to change it.
 */
const LOCK_HOLDER_TEXT = '.document-locked__content strong, .locked__tooltip'
const EMAIL = /[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+/g

/**
 * Writes the lock holder's name where Payload wrote their e-mail address, in the text node React
 * rendered (so a later render of Payload's own replaces it and the observer names it again). A
 * person without a name (an account from before names were required) keeps the address.
 */
export const LockHolderNames: React.FC<{ children?: React.ReactNode }> = ({ children }) => {
  const {
    config: {
      admin: { user: users },
      routes: { api },
    },
  } = useConfig()
  useEffect(() => {
    const names = new Map<string, Promise<string | undefined>>()
    const nameFor = (email: string): Promise<string | undefined> => {
      if (!names.has(email)) {
        const query = new URLSearchParams({ depth: '0', limit: '1', 'select[name]': 'true' })
        query.set('where[email][equals]', email)
        names.set(
          email,
          fetch(formatAdminURL({ apiRoute: api, path: `/${users}?${query}` }), {
            credentials: 'include',
          })
            .then((response) => (response.ok ? response.json() : { docs: [] }))
            .then(
              ({ docs }: { docs: { name?: null | string }[] }) =>
                docs[0]?.name?.trim() || undefined,
            )
            .catch(() => undefined),
        )
      }
      return names.get(email) as Promise<string | undefined>
    }
    const nameTextNode = (node: Text) => {
      for (const [email] of node.data.matchAll(EMAIL))
        void nameFor(email).then((name) => {
          if (name && node.data.includes(email)) node.data = node.data.replace(email, name)
        })
    }
    // Payload's tooltip repeats its text in a `title` (the browser's own hover tip).
    const nameTitle = (element: Element) => {
      const title = element.getAttribute('title')
      for (const [email] of title?.matchAll(EMAIL) ?? [])
        void nameFor(email).then((name) => {
          const current = element.getAttribute('title')
          if (name && current?.includes(email))
            element.setAttribute('title', current.replace(email, name))
        })
    }
    const scan = () => {
      for (const element of document.querySelectorAll(LOCK_HOLDER_TEXT)) {
        nameTitle(element)
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          nameTextNode(node as Text)
      }
    }
    let frame = 0
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(scan)
    })
    observer.observe(document.body, {
      attributeFilter: ['title'],
      characterData: true,
      childList: true,
      subtree: true,
    })
    scan()
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }, [api])
  return <>{children}</>
}
