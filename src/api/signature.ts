/** An action's input and output types, as the typed client sees them. */
export interface Signature<I, O> {
  input: I
  output: O
}

/** Input of actions that take none. */
export type Empty = Record<string, never>
