// The one row a table shows while it loads or when it has nothing to list.
export function TableStateRow(props: { columns: number; loading: boolean; empty: boolean; loadingText: string; emptyText: string }) {
  if (!props.loading && !props.empty) return null;
  return (
    <tr>
      <td colSpan={props.columns}>{props.loading ? props.loadingText : props.emptyText}</td>
    </tr>
  );
}
