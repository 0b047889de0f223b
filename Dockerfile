# One image for every role: `web` (node_modules/.bin/tsx web/main.ts), `worker`
# (node_modules/.bin/tsx worker/main.ts) and `mail` (node_modules/.bin/tsx worker/mail-main.ts);
# see docker-compose.yml. tsx is a runtime dependency.
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false

WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit \
 && npm cache clean --force

COPY . .
# Workers load this prebuilt bundle instead of bundling the workflow code at every start.
RUN node --import tsx scripts/build-workflow-bundle.ts dist/workflow-bundle.js
ENV WORKFLOW_BUNDLE=/app/dist/workflow-bundle.js
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 3000
STOPSIGNAL SIGTERM
CMD ["node_modules/.bin/tsx", "web/main.ts"]
