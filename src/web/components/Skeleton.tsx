// Grey placeholders in the shape of what is loading.
export function Skeleton({ height, label = 'Loading' }: { height: number; label?: string }) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-label={label}>
      <span className="skeleton-shine" />
    </div>
  );
}
