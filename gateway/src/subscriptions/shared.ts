import { type Channel, createChannel } from '@kabinet/kit/core';
import type { ExecutionResult } from 'graphql';

interface Group {
  members: Set<Channel<ExecutionResult>>;
  stop(): void;
}

/**
 * Identical live subscriptions (same operation, variables and caller) share one upstream subscription and
 * one execution per event; each result fans out to every subscriber's own bounded queue. A subscriber that
 * cannot keep up overflows only its own queue and is cut off, never slowing the others.
 */
export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly maxQueued: number) {}

  subscribe(
    key: string,
    start: () => Channel<ExecutionResult>,
    onOverflow: () => Error,
  ): Channel<ExecutionResult> {
    const group = this.groups.get(key) ?? this.open(key, start);
    const member: Channel<ExecutionResult> = createChannel<ExecutionResult>({
      capacity: this.maxQueued,
      overflow: onOverflow,
      onClose: () => {
        group.members.delete(member);
        if (group.members.size === 0) group.stop();
      },
    });
    group.members.add(member);
    return member;
  }

  private open(key: string, start: () => Channel<ExecutionResult>): Group {
    const source = start();
    const group: Group = {
      members: new Set(),
      stop: () => {
        if (this.groups.get(key) === group) this.groups.delete(key);
        void source.return?.();
      },
    };
    this.groups.set(key, group);
    (async () => {
      try {
        for await (const result of source) for (const member of group.members) member.push(result);
        for (const member of group.members) member.end();
      } catch (error) {
        for (const member of group.members) member.end(error);
      } finally {
        group.stop();
      }
    })();
    return group;
  }
}
