"""Schemathesis hooks for the API contract run (test/web/api/schemathesis.test.ts, docs/api-contract.md).

Two things the OpenAPI document states in words, because JSON Schema cannot, are taught here — and
nothing else is relaxed:

- Idempotency-Key: the document says "send a fresh key with each new request". A generator draws the
  same few keys ("0", "!") for every request, and the server rightly refuses a key reused with another
  body (422 idempotency_key_reused). A well-formed key is therefore replaced with a fresh UUID before the
  call; a malformed one (a negative case) is sent as drawn, so its 400 is still checked.
- Rules a schema cannot state (an unknown company, a day in the past): each operation lists them in
  `x-rules` as field -> message keys. A schema-valid request refused with 422 passes only when every
  field the answer names is refused for one of the keys listed for it; any other 422 stays a failure.
  (`*` stands for any field or key: POST /cases/{number}/actions/{action} judges its body by the action
  in the path, which no schema can tie to it; each action's own path is checked exactly.)
"""

import re
import uuid

import schemathesis

IDEMPOTENCY_KEY = "idempotency-key"
WELL_FORMED_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")


@schemathesis.hook
def before_call(context, case, kwargs):
    headers = case.headers or {}
    for name, value in list(headers.items()):
        if name.lower() == IDEMPOTENCY_KEY and isinstance(value, str) and WELL_FORMED_KEY.match(value):
            headers[name] = str(uuid.uuid4())


def _declared_rule(case, response):
    if response.status_code != 422:
        return False
    rules = (case.operation.definition.raw or {}).get("x-rules") or {}
    try:
        fields = response.json().get("fields") or {}
    except Exception:  # not JSON: not a declared rule
        return False
    def declared(field, key):
        keys = rules.get(field, []) + rules.get("*", [])
        return key in keys or "*" in keys

    return bool(fields) and all(declared(field, key) for field, key in fields.items())


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """Keep every failure except a 422 of a schema-valid request that only names declared rules."""
    return not (getattr(failure, "code", None) == "ST202" and _declared_rule(case, response))
