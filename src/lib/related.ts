/** A story as the related-stories logic sees it. */
export interface RelatedInput {
  id: string;
  data: { field: string; replicatedFrom?: string | undefined };
}

/** What a model's page shows around it. */
export interface Neighbours<T> {
  /** The model it was replicated from, if that model is published. */
  source: T | undefined;
  /** Models replicated from it, in list order. */
  replications: T[];
  /** Up to `count` other models of its field, in list order. */
  related: T[];
}

/**
 * The neighbours of every model, worked out in one pass over the list (newest first), so that
 * thousands of model pages do not each scan every model again.
 */
export function neighboursOf<T extends RelatedInput>(list: readonly T[], count = 3): Map<string, Neighbours<T>> {
  const byId = new Map(list.map((item) => [item.id, item]));
  const byField = new Map<string, T[]>();
  const replicationsOf = new Map<string, T[]>();
  for (const item of list) {
    const sameField = byField.get(item.data.field) ?? [];
    if (sameField.length <= count) byField.set(item.data.field, [...sameField, item]);
    const from = item.data.replicatedFrom;
    if (from !== undefined) replicationsOf.set(from, [...(replicationsOf.get(from) ?? []), item]);
  }
  return new Map(
    list.map((item) => [
      item.id,
      {
        source: item.data.replicatedFrom === undefined ? undefined : byId.get(item.data.replicatedFrom),
        replications: replicationsOf.get(item.id) ?? [],
        related: (byField.get(item.data.field) ?? []).filter((other) => other.id !== item.id).slice(0, count),
      },
    ]),
  );
}
