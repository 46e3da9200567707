import { Alert } from 'antd';
import { problemText } from '../api/problem';

/** A refusal or failure shown in place: the server's detail, with the article it rests on. */
export default function ProblemAlert({ error }: { error: unknown }) {
  return <Alert type="error" showIcon title={problemText(error)} />;
}
