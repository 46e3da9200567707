import { SoundFilled } from '@ant-design/icons';
import { theme } from 'antd';

/** The product mark: a loudspeaker on the primary colour. */
export default function Logo({ size }: { size: number }) {
  const { token } = theme.useToken();
  return (
    <span
      aria-hidden
      style={{
        display: 'grid',
        placeItems: 'center',
        flex: 'none',
        width: size,
        height: size,
        borderRadius: size / 4,
        background: token.colorPrimary,
        color: '#fff',
        fontSize: size / 2,
      }}
    >
      <SoundFilled />
    </span>
  );
}
