import { CopyOutlined, PictureOutlined, SendOutlined } from '@ant-design/icons';
import { announcementText } from '@fabutong/core/workflows/conference-announcement';
import { formatDistrictDateTime } from '@fabutong/core/time';
import { Button, Card, Flex, Image, Input, List, Space, Typography, message } from 'antd';
import { useRef, useState } from 'react';
import { problemText } from '../../../api/problem';
import { useCurrentUser } from '../../../components/layout/current-user';
import ProblemAlert from '../../../components/ProblemAlert';
import { uploadWithProgress, useConferenceAction, useSetLiveLink } from '../../../components/conferences/api';
import type { Conference } from '../../../components/conferences/types';
import { t } from '../../../locales';

/** A15.6: the announcement, the text for 武隆微发布, the video link and the live text-and-picture broadcast. */
export default function Live({ conference }: { conference: Conference }) {
  const { access } = useCurrentUser();
  const office = access.newsOffice;
  const pageUrl = `${window.location.origin}/conferences/${conference.id}`;
  const text = announcementText(conference, pageUrl);
  const published = ['announced', 'live', 'held', 'archived'].includes(conference.status);

  return (
    <Flex vertical gap={16}>
      {office && conference.status === 'approved' && <Announce conference={conference} />}
      {published && (
        <Card size="small" title={t('conferences.live.portal')}>
          <Typography.Link href={pageUrl} target="_blank">
            {pageUrl}
          </Typography.Link>
        </Card>
      )}
      <Card
        size="small"
        title={t('conferences.live.wechat')}
        extra={
          <Button size="small" icon={<CopyOutlined />} onClick={() => void navigator.clipboard?.writeText(text).then(() => message.success(t('conferences.live.copied')))}>
            {t('conferences.live.copy')}
          </Button>
        }
      >
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="announcement">
          {text}
        </Typography.Paragraph>
      </Card>
      {office && ['approved', 'announced', 'live'].includes(conference.status) && conference.status !== 'approved' && <LiveLink conference={conference} />}
      {office && ['announced', 'live'].includes(conference.status) && <Post conference={conference} />}
      <Card size="small" title={t('conferences.live.posts', { count: conference.livePosts.length })}>
        {conference.livePosts.length === 0 ? (
          <Typography.Text type="secondary">{t('conferences.live.noPosts')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={conference.livePosts}
            renderItem={(p) => (
              <List.Item>
                <Flex vertical gap={4}>
                  <Typography.Text type="secondary">{formatDistrictDateTime(p.at)}</Typography.Text>
                  {p.body && <Typography.Text>{p.body}</Typography.Text>}
                  {p.pictureFileId && <Image width={240} src={`/conferences/${conference.id}/pictures/${p.pictureFileId}`} alt={t('conferences.live.picture')} />}
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}

function Announce({ conference }: { conference: Conference }) {
  const action = useConferenceAction(conference.id);
  const [url, setUrl] = useState(conference.liveVideoUrl ?? '');
  return (
    <Card size="small" title={t('conferences.live.announceTitle')}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('conferences.live.announceHint')}</Typography.Text>
        <Input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" aria-label={t('conferences.live.videoUrl')} addonBefore={t('conferences.live.videoUrl')} />
        {action.isError && <ProblemAlert error={action.error} />}
        <Button type="primary" style={{ alignSelf: 'flex-start' }} loading={action.isPending} onClick={() => void action.mutateAsync({ path: 'announce', body: { liveVideoUrl: url.trim() || null } }).then(() => message.success(t('conferences.live.announced')), () => undefined)}>
          {t('conferences.live.announce')}
        </Button>
      </Flex>
    </Card>
  );
}

function LiveLink({ conference }: { conference: Conference }) {
  const save = useSetLiveLink(conference.id);
  const [url, setUrl] = useState(conference.liveVideoUrl ?? '');
  return (
    <Card size="small" title={t('conferences.live.videoUrl')}>
      <Space.Compact style={{ width: '100%' }}>
        <Input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" aria-label={t('conferences.live.videoUrl')} />
        <Button loading={save.isPending} onClick={() => void save.mutateAsync(url.trim() || null).then(() => message.success(t('conferences.live.saved')), () => undefined)}>
          {t('common.save')}
        </Button>
      </Space.Compact>
      {save.isError && <ProblemAlert error={save.error} />}
    </Card>
  );
}

function Post({ conference }: { conference: Conference }) {
  const action = useConferenceAction(conference.id);
  const [body, setBody] = useState('');
  const [picture, setPicture] = useState<{ fileId: number; fileName: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File) => {
    setProgress(0);
    try {
      setPicture(await uploadWithProgress<{ fileId: number; fileName: string }>(`/conference-applications/${conference.id}/live-pictures`, file, setProgress));
    } catch (error) {
      void message.error(problemText(error));
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  const send = async () => {
    await action.mutateAsync({ path: 'live-posts', body: { body: body.trim(), pictureFileId: picture?.fileId ?? null } });
    setBody('');
    setPicture(null);
  };

  return (
    <Card size="small" title={t('conferences.live.postTitle')}>
      <Flex vertical gap={8}>
        <Input.TextArea rows={3} value={body} onChange={(e) => setBody(e.target.value)} maxLength={5000} aria-label={t('conferences.live.postBody')} placeholder={t('conferences.live.postBody')} />
        <Flex gap={8} align="center" wrap>
          <input ref={input} type="file" accept=".png,.jpg,.jpeg,.gif,.webp" hidden onChange={(e) => e.target.files?.[0] && void choose(e.target.files[0])} data-testid="live-picture" />
          <Button icon={<PictureOutlined />} onClick={() => input.current?.click()} loading={progress !== null}>
            {progress !== null ? `${progress}%` : t('conferences.live.addPicture')}
          </Button>
          {picture && <Typography.Text type="secondary">{picture.fileName}</Typography.Text>}
          <Button type="primary" icon={<SendOutlined />} disabled={!body.trim() && !picture} loading={action.isPending} onClick={() => void send().catch(() => undefined)}>
            {t('conferences.live.send')}
          </Button>
        </Flex>
        {action.isError && <ProblemAlert error={action.error} />}
      </Flex>
    </Card>
  );
}
