/**
 * Zod's own words (a value of the wrong type, a number too small) in Danish on the Node side: they
 * end up in the CLI's messages, a damaged project file's error and the service's refusals, whose
 * surrounding words are Danish. Imported for its effect by the service (and so by every host).
 */
import { z } from 'zod';

z.config(z.locales.da());
