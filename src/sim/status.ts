/** An answer the server gives as a Kubernetes `Status` (kubectl prints its message and exits non-zero). */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: { name?: string; group?: string; kind?: string; causes?: { reason: string; message: string; field?: string }[]; retryAfterSeconds?: number },
  ) {
    super(message);
  }
}

export function statusBody(error: ApiError): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: error.message,
    reason: error.reason,
    ...(error.details ? { details: error.details } : {}),
    code: error.code,
  };
}

export function notFound(resource: string, group: string, name: string): ApiError {
  const what = group ? `${resource}.${group}` : resource;
  return new ApiError(404, 'NotFound', `${what} "${name}" not found`, { name, ...(group ? { group } : {}), kind: resource });
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, 'BadRequest', message);
}

/** What the simulation cannot do; the message says so plainly, so a drill shows why the command failed. */
export function unsupported(what: string): ApiError {
  return new ApiError(405, 'MethodNotAllowed', `the simulated cluster does not support ${what}`);
}
