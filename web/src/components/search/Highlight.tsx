/** Text with the search terms marked, as the server cut it: rendered as text, never as HTML. */
export default function Highlight({ parts }: { parts: { text: string; hit: boolean }[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} style={{ padding: 0, background: '#fff1b8' }}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
