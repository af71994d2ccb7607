/** @module The sandbox's one error envelope: every failure becomes `{"error": "…"}` with a status. */

/** An error the API reports to the caller as it is. */
export class ApiError extends Error {
  readonly status: 400 | 401 | 404 | 500;
  constructor(status: 400 | 401 | 404 | 500, message: string) {
    super(message);
    this.status = status;
  }
}

/** Throws a 400 with the message. */
export const badRequest = (message: string): never => {
  throw new ApiError(400, message);
};

/** Throws a 404 with the message. */
export const notFound = (message: string): never => {
  throw new ApiError(404, message);
};

/** The JSON body of an error response. */
export const errorBody = (message: string) => ({ error: message });
