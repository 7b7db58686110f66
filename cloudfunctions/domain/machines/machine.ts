/**
 * A state machine as data (Vendure's order process shape): states, events with the states they may
 * start from and the state they lead to. Pure: the one answer to "may this happen" for services, for
 * the buttons a page shows, and for tests that check a stored log is a legal path.
 */
export interface EventRule<S extends string> {
  from: readonly S[]
  /** The state it leads to; a list when the caller picks one of several (e.g. back to where it was). */
  to: S | readonly S[]
}

export interface MachineSpec<S extends string, E extends string> {
  name: string
  states: readonly S[]
  initial: readonly S[]
  terminal: readonly S[]
  events: Record<E, EventRule<S>>
}

export type Verdict<S extends string> = { ok: true; to: S } | { ok: false; key: string; params: Record<string, string> }

export interface Machine<S extends string, E extends string> extends MachineSpec<S, E> {
  /** May `event` happen in `from`? `target` picks among several destinations. */
  can(from: S, event: E, target?: S | null): Verdict<S>
  /** Every event allowed from `state`. */
  allowed(state: S): E[]
  isState(value: unknown): value is S
  /** True when some event leads from `from` to `to`: for checking stored logs. */
  isEdge(from: S, to: S): boolean
}

export function defineMachine<S extends string, E extends string>(spec: MachineSpec<S, E>): Machine<S, E> {
  const events = Object.keys(spec.events) as E[]
  const targets = (rule: EventRule<S>): readonly S[] => (typeof rule.to === 'string' ? [rule.to] : (rule.to as readonly S[]))
  return {
    ...spec,
    can(from, event, target) {
      const rule = spec.events[event]
      const refused = (reason: string) => ({ ok: false as const, key: `error.transition.${spec.name}.${reason}`, params: { state: from, event } })
      if (!rule || !rule.from.includes(from)) return refused(event)
      const options = targets(rule)
      if (options.length === 1) return { ok: true, to: options[0] }
      if (!target || !options.includes(target)) return refused('unknownTarget')
      return { ok: true, to: target }
    },
    allowed: (state) => events.filter((e) => spec.events[e].from.includes(state)),
    isState: (value): value is S => typeof value === 'string' && (spec.states as readonly string[]).includes(value),
    isEdge: (from, to) => events.some((e) => spec.events[e].from.includes(from) && targets(spec.events[e]).includes(to)),
  }
}
