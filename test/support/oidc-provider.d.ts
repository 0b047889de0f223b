// oidc-provider ships no type declarations; the SSO browser test uses it untyped (a test's own provider).
declare module 'oidc-provider';
