import { AspectRatio, Button, FileButton, FileInput, Group, Image, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconPhotoPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { useErrorMessage } from '../../../components/forms/use-error-message';
import { useUploadCampaignImage } from '../founder-campaign-queries';
import '../../../i18n/bundles/founder';

const IMAGE_TYPES = 'image/png,image/jpeg,image/webp';

/** Says a failed image upload beside the control that made it: size and type first, then the rest. */
function useImageError(): (error: unknown) => string {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (error) => {
    if (isApiError(error) && error.status === 413) return t('founder.wizard.story.imageTooLarge');
    if (isApiError(error) && error.status === 415) return t('founder.wizard.story.imageWrongType');
    return errorMessage(error);
  };
}

/** The campaign's cover: shown on cards and at the top of its page. */
export function CoverImageField({ campaignId, coverImageUrl }: { campaignId: string; coverImageUrl: string | null }) {
  const { t } = useTranslation();
  const upload = useUploadCampaignImage(campaignId);
  const describeError = useImageError();
  const [error, setError] = useState<string | null>(null);

  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <AspectRatio ratio={16 / 9} w={200} style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}>
        {coverImageUrl ? (
          <Image src={coverImageUrl} alt={t('founder.wizard.story.coverAlt')} fit="cover" />
        ) : (
          <Stack align="center" justify="center" bg="gray.1" c="gray.6" aria-hidden>
            <IconPhoto size={40} stroke={1.3} />
          </Stack>
        )}
      </AspectRatio>
      <FileInput
        size="md"
        style={{ flex: 1, minWidth: 240 }}
        label={t('founder.wizard.story.cover')}
        description={t('founder.wizard.story.coverDescription')}
        placeholder={t('founder.wizard.story.coverPlaceholder')}
        accept={IMAGE_TYPES}
        leftSection={<IconPhotoPlus size={18} aria-hidden />}
        value={null}
        disabled={upload.isPending}
        error={error}
        onChange={(file) => {
          if (!file) return;
          setError(null);
          upload.mutate(
            { file, cover: true },
            {
              onSuccess: () => notifications.show({ message: t('founder.wizard.story.coverUploaded'), color: 'pine' }),
              onError: (failure) => setError(describeError(failure)),
            },
          );
        }}
      />
    </Group>
  );
}

interface InsertImageButtonProps {
  campaignId: string;
  /** Called with the Markdown to put into the story where the cursor is. */
  onInsert: (markdown: string) => void;
}

/** Uploads a picture for the story, then inserts `![name](url)` where the founder was typing. */
export function InsertImageButton({ campaignId, onInsert }: InsertImageButtonProps) {
  const { t } = useTranslation();
  const upload = useUploadCampaignImage(campaignId);
  const describeError = useImageError();
  const [error, setError] = useState<string | null>(null);

  return (
    <Stack gap={4} align="flex-start">
      <FileButton
        accept={IMAGE_TYPES}
        onChange={(file) => {
          if (!file) return;
          setError(null);
          upload.mutate(
            { file, cover: false },
            {
              onSuccess: (image) => {
                // The file's name is a starting alt text; the founder can improve it in place.
                const alt = file.name.replace(/\.[^.]+$/, '').replace(/[[\]]/g, '');
                onInsert(`![${alt}](${image.url})`);
                notifications.show({ message: t('founder.wizard.story.imageInserted'), color: 'pine' });
              },
              onError: (failure) => setError(describeError(failure)),
            },
          );
        }}
      >
        {(props) => (
          <Button
            {...props}
            variant="default"
            size="xs"
            leftSection={<IconPhotoPlus size={16} aria-hidden />}
            loading={upload.isPending}
          >
            {t('founder.wizard.story.insertImage')}
          </Button>
        )}
      </FileButton>
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
