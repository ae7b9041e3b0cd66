/** The MySQL health adapter read back from its HEALTH_* and MYSQL_* variables, or known by its image name. */
import type { Notice } from '../../../read/notice';
import { containerPath, type Recogniser, subjectOf } from '../../../read/recognise';
import { imageName } from '../../../read/words';
import { defined, envSecretRef, envValue, wholeNumberOf } from '../../shared/recognise-values';

export const recogniseMysqlHealth: Recogniser = (input) => {
  const { container } = input;
  const name = imageName(container.image);
  const byEnv = envValue(input, 'HEALTH_QUERY') !== undefined;
  if (!byEnv && !/^mysql-(health|adapter)$/.test(name)) return undefined;
  const notices: Notice[] = byEnv
    ? []
    : [
        {
          severity: 'info',
          message: `${subjectOf(input)}: recognised as the MySQL health adapter by its image name; Podsmith's adapter reads its settings from HEALTH_* and MYSQL_* variables, so check that ${container.image} does, or build images/mysql-health.`,
          path: containerPath(input),
        },
      ];
  return {
    template: 'mysql-health',
    params: defined({
      query: envValue(input, 'HEALTH_QUERY'),
      database: envValue(input, 'MYSQL_DATABASE'),
      user: envValue(input, 'MYSQL_USER'),
      passwordSecret: byEnv ? (envSecretRef(input, 'MYSQL_PWD') ?? '') : undefined,
      port: wholeNumberOf(envValue(input, 'HEALTH_PORT'), 5),
      mysqlPort: wholeNumberOf(envValue(input, 'MYSQL_PORT'), 5),
    }),
    notices,
  };
};
