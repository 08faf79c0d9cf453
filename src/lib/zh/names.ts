/**
 * English proper names that may stand in Chinese prose as they are (product, library and section
 * names, OKX menu labels in English). The English-sentence rule blanks them before it counts words.
 */
export const PROPER_NAMES: readonly string[] = [
  'Windows Subsystem for Linux',
  'Docker Desktop',
  'Error Doctor',
  // titles of cited documents, kept as the link text
  'Windows Time service tools and settings',
  'About time synchronisation',
  'Runtime privilege and Linux capabilities',
  // OKX feature and UI labels quoted in OKX's own messages
  'Chat with AI chatbot',
  'cancel all after',
];
