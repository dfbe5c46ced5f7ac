import {
  bondTermsSchema,
  MS_PER_DAY,
  rewardTermsSchema,
  shareholdingTermsSchema,
  type CampaignType,
  type CurrencyCode,
} from '@crowdstake/domain';
import { Box, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TermsExplained } from '../../campaigns/view';
import { BondBackerTermsFields, ShareBackerTermsFields } from './backer-terms-fields';
import { FundingConsequences } from './funding-consequences';
import { BondTermsFields, ShareTermsFields } from './investment-terms-fields';
import { RewardTiersEditor } from './reward-tiers-editor';
import { useWizardForm } from './wizard-form';
import { emptyWizardValues, fromLocalInput, wizardToBody, type WizardTermsValues } from './wizard-values';
import '../../../i18n/bundles/founder';

/** Step 3: the type's terms, and beside or below them what backers will read, updated as the founder types. */
export function TermsStep({ type }: { type: CampaignType }) {
  if (type !== 'reward') {
    // A bond's repayment table needs the page's width; its few fields sit above it.
    return (
      <Stack gap="xl">
        {type === 'bond' ? <BondTermsFields /> : <ShareTermsFields />}
        {type === 'bond' ? <BondBackerTermsFields /> : <ShareBackerTermsFields />}
        <FundingConsequences type={type} />
        <LiveTerms type={type} />
      </Stack>
    );
  }
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <RewardTiersEditor />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Box pos="sticky" top={88}>
          <LiveTerms type={type} />
        </Box>
      </Grid.Col>
    </Grid>
  );
}

/**
 * The terms as the shared schema reads them, explained by the same component the campaign page
 * uses; while they do not parse (a field half typed) it says so rather than show a wrong figure.
 */
function LiveTerms({ type }: { type: CampaignType }) {
  const { t } = useTranslation();
  const form = useWizardForm();
  const [currency, endsAtText, terms] = useWatch({ control: form.control, name: ['currency', 'endsAt', 'terms'] });
  // A schedule needs a deadline to count from; until one is set, a month from now stands in.
  const [fallbackEnd] = useState(() => new Date(Date.now() + 30 * MS_PER_DAY).toISOString());
  const endsAt = fromLocalInput(endsAtText) ?? fallbackEnd;
  const explained = explainedTerms(type, currency, terms as WizardTermsValues, endsAt);

  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      bg="gray.0"
      component="section"
      aria-labelledby="live-terms-title"
      data-testid="live-terms"
    >
      <Stack gap="md">
        <div>
          <Title order={3} size="h4" id="live-terms-title">
            {t('founder.wizard.terms.livePreview')}
          </Title>
        </div>
        <div aria-live="polite">
          {explained ?? (
            <Text size="sm" c="dimmed">
              {t('founder.wizard.terms.livePreviewPending')}
            </Text>
          )}
        </div>
      </Stack>
    </Card>
  );
}

function explainedTerms(type: CampaignType, currency: CurrencyCode, terms: WizardTermsValues, endsAt: string) {
  const { body } = wizardToBody({ ...emptyWizardValues('', currency), type, terms });
  switch (type) {
    case 'reward': {
      const parsed = rewardTermsSchema.safeParse(body.terms);
      return parsed.success ? (
        <TermsExplained type="reward" terms={parsed.data} currency={currency} endsAt={endsAt} />
      ) : null;
    }
    case 'bond': {
      const parsed = bondTermsSchema.safeParse(body.terms);
      return parsed.success ? (
        <TermsExplained type="bond" terms={parsed.data} currency={currency} endsAt={endsAt} />
      ) : null;
    }
    case 'shareholding': {
      const parsed = shareholdingTermsSchema.safeParse(body.terms);
      return parsed.success ? (
        <TermsExplained type="shareholding" terms={parsed.data} currency={currency} endsAt={endsAt} />
      ) : null;
    }
  }
}
