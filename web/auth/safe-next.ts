// Where to go after signing in: only a local path is followed, never another site (no open redirect).
export function safeNext(next: unknown, fallback: string): string {
  return typeof next === 'string' && next.length <= 2000 && /^\/(?![/\\])[\w\-./?=&%#+,:~]*$/.test(next) ? next : fallback;
}
