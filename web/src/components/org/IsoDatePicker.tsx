import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

type Props = Omit<DatePickerProps, 'value' | 'defaultValue' | 'onChange' | 'onOk' | 'picker' | 'multiple'> & {
  value?: string | null;
  onChange?: (date: string | null) => void;
};

/** A date field whose value is the API's calendar date, `YYYY-MM-DD`, so forms hold what they send. */
export default function IsoDatePicker({ value, onChange, ...props }: Props) {
  return (
    <DatePicker
      {...props}
      value={value ? dayjs(value) : null}
      onChange={(date: Dayjs | null) => onChange?.(date ? date.format('YYYY-MM-DD') : null)}
      style={{ width: '100%', ...props.style }}
    />
  );
}
