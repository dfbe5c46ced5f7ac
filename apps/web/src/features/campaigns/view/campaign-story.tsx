import { Anchor, Image, Text, Title, Typography } from '@mantine/core';
import type { ComponentProps } from 'react';
import Markdown, { type Components, defaultUrlTransform } from 'react-markdown';

/** Story images are the campaign's own uploads, served by the API; nothing is loaded from elsewhere. */
const CAMPAIGN_IMAGE_PATH = /^\/api\/campaign-images\/[A-Za-z0-9-]+$/;

export function isCampaignImageUrl(url: string | undefined): url is string {
  return url !== undefined && CAMPAIGN_IMAGE_PATH.test(url);
}

/** The story's headings sit below the section's own heading, so the page outline stays in order. */
function storyComponents(sectionOrder: 2 | 3): Components {
  const first = (sectionOrder + 1) as 3 | 4;
  const second = Math.min(first + 1, 6) as 4 | 5;
  const third = Math.min(first + 2, 6) as 5 | 6;
  return {
    h1: ({ children }) => <Title order={first}>{children}</Title>,
    h2: ({ children }) => <Title order={second}>{children}</Title>,
    h3: ({ children }) => <Title order={third}>{children}</Title>,
    h4: ({ children }) => <Title order={6}>{children}</Title>,
    h5: ({ children }) => <Title order={6}>{children}</Title>,
    h6: ({ children }) => <Title order={6}>{children}</Title>,
    a: ({ href, children }) => (
      // A founder's links lead off the platform: no referrer, and no credit from our pages.
      <Anchor href={href} target="_blank" rel="nofollow noopener noreferrer ugc">
        {children}
      </Anchor>
    ),
    img: ({ src, alt }) =>
      typeof src === 'string' && isCampaignImageUrl(src) ? (
        <Image src={src} alt={alt ?? ''} radius="md" loading="lazy" />
      ) : (
        // An image from anywhere else would let a third party see who reads the page.
        <Text span c="dimmed" fs="italic">
          {alt}
        </Text>
      ),
  };
}

/**
 * A founder's Markdown: raw HTML is never rendered (react-markdown drops it unless told
 * otherwise), links keep the default safe-protocol filter, and only the campaign's own images load.
 */
export function CampaignMarkdown({
  children,
  sectionOrder,
  ...rest
}: { children: string; sectionOrder: 2 | 3 } & Omit<ComponentProps<typeof Typography>, 'children'>) {
  return (
    <Typography {...rest}>
      <Markdown skipHtml components={storyComponents(sectionOrder)} urlTransform={defaultUrlTransform}>
        {children}
      </Markdown>
    </Typography>
  );
}
