// The bare baseline's one activity: trivial on purpose, so the baseline is Temporal's own cost.
export const bareActivities = {
  async touch(name: string): Promise<string> {
    return `${name} done`;
  },
};

export type BareActivities = typeof bareActivities;
