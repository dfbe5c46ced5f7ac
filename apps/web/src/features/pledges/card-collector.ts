/**
 * How the pledge form gets a PaymentMethod id from Stripe's Payment Element (real keys only). The
 * element lives in a lazily loaded chunk; once ready it hands the form this collector, and the form
 * sends the id in the same pledge request as a test card's id.
 */
export type CollectedCard = { paymentMethodId: string } | { error: string };

export type CardCollector = () => Promise<CollectedCard>;
