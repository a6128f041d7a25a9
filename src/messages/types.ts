/**
 * The vocabulary of the message catalogues. Catalogues are leaves: they import nothing but this file,
 * so any layer can render a diagnostic without pulling in the features that report it.
 */

export type Locale = 'ja' | 'en';

/** Values substituted into a template (never a patient's value unless personal data was asked for). */
export type MessageParams = Readonly<Record<string, string | number>>;

export type MessageTemplate = (p: MessageParams) => string;
export type MessageCatalogue = Readonly<Record<string, MessageTemplate>>;
