import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, type To } from 'react-router';

/** "← Back to …" above a page's heading. */
export function BackLink({ to, children }: { to: To; children: string }) {
  return (
    <Paragraph data-size="sm" className="back-link">
      <Link asChild>
        <RouterLink to={to}>← {children}</RouterLink>
      </Link>
    </Paragraph>
  );
}
