import { syntax } from './syntax';
import { schema } from './schema';
import { switchNotString } from './switch-not-string';
import { switchOff } from './switch-off';
import { dbCredentials } from './db-credentials';
import { apiUri } from './api-uri';
import { pluginUri } from './plugin-uri';
import { mixedContent } from './mixed-content';
import { uriMismatch } from './uri-mismatch';
import { pluginMissing } from './plugin-missing';
import { pluginDuplicate } from './plugin-duplicate';
import { pluginEntry } from './plugin-entry';
import { placeholder } from './placeholder';
import { defaultCredentials } from './default-credentials';
import { unsafeValue } from './unsafe-value';
import { nullSection } from './null-section';
import { legacyFormat } from './legacy-format';
import { clusterType } from './cluster-type';
import { webportalFlag } from './webportal-flag';
import { azureStorage } from './azure-storage';
import { fileName } from './file-name';
import { configFolder } from './config-folder';
import { layoutMaster } from './layout-master';
import { layoutMachines } from './layout-machines';
import { ignoredKey } from './ignored-key';
import { dataPath } from './data-path';
import { dbHost } from './db-host';
import { pylonSsl } from './pylon-ssl';
import { idpUrl } from './idp-url';
import { registryImages } from './registry-images';
import { portConflict } from './port-conflict';
import { folderPath } from './folder-path';
import { paiVersion } from './pai-version';
import type { RegisteredRule } from '../rule';

/**
 * Every rule, in the order their findings are produced (and the README shows them). Adding a rule: one file (with its
 * docs), its test, one line here; `npm run build` writes the README and the manifest from this list.
 */
export const RULES: readonly RegisteredRule[] = [
  syntax,
  paiVersion,
  schema,
  switchNotString,
  switchOff,
  dbCredentials,
  apiUri,
  pluginUri,
  mixedContent,
  uriMismatch,
  pylonSsl,
  pluginMissing,
  pluginDuplicate,
  pluginEntry,
  placeholder,
  defaultCredentials,
  unsafeValue,
  nullSection,
  legacyFormat,
  clusterType,
  webportalFlag,
  azureStorage,
  fileName,
  configFolder,
  layoutMaster,
  layoutMachines,
  ignoredKey,
  dataPath,
  dbHost,
  idpUrl,
  registryImages,
  portConflict,
  folderPath,
];

export const RULE_CODES: readonly string[] = RULES.map(r => r.code);
