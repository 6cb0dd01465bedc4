import {
  listConfigurations,
  makeConfiguration,
  removeConfiguration,
  updateConfiguration,
} from '../../cmo/configurations';
import { DomainError } from '../../cmo/errors';
import type { Project } from '../../cmo/model';
import type { Mutation } from '../types';
import { say } from '../../cmo/logMessages';
import { configurationCoder } from '../../cmo/coders';

const view = (p: Project, id: string) => {
  const v = listConfigurations(p).find((c) => c.id === id);
  if (!v) throw new DomainError(say('errUnknownConfiguration', { id }));
  return v;
};

export const addConfiguration: Mutation<'cmoc.add'> = (project, p, ctx) => {
  const made = makeConfiguration(project, p, ctx.newId('cmoc'), ctx.now());
  // made by the coder of its passages when they are one coder's, else by the one at the keyboard
  const cfg = { ...made, coder: configurationCoder(project, made) ?? ctx.user };
  const next = { ...project, configurations: [...project.configurations, cfg] };
  return {
    project: next,
    result: view(next, cfg.id),
    summary: say('configurationAdded', { pt: cfg.pt, count: p.segmentIds.length }),
  };
};

export const updateConfigurationCmd: Mutation<'cmoc.update'> = (project, { id, ...patch }, ctx) => {
  const { project: next, configuration } = updateConfiguration(project, id, patch, ctx.now());
  return { project: next, result: view(next, id), summary: say('configurationChanged', { pt: configuration.pt }) };
};

export const removeConfigurationCmd: Mutation<'cmoc.remove'> = (project, { id }) => {
  const pt = project.configurations.find((c) => c.id === id)?.pt;
  return {
    project: removeConfiguration(project, id),
    result: { id },
    summary: say('configurationRemoved', { pt: pt ?? id }),
  };
};
