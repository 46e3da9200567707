import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Channel, ChannelInput, Delivery, DeliveryPage } from '../../../components/incidents/types';
import { PUT } from '../incident/api';

const CHANNELS_KEY = ['alert-channels'] as const;
const DELIVERIES_KEY = ['alert-deliveries'] as const;

export function useChannels(enabled: boolean) {
  return useQuery({ queryKey: CHANNELS_KEY, queryFn: () => api<{ items: Channel[] }>('/alert-channels'), enabled });
}

export function useDeliveries(filter: { status?: string; channel?: string; page: number }) {
  return useQuery({ queryKey: [...DELIVERIES_KEY, filter], queryFn: () => api<DeliveryPage>('/alert-deliveries', { query: { ...filter, pageSize: 50 } }), refetchInterval: 30_000 });
}

export function useSaveChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ChannelInput & { id?: number }) =>
      id === undefined ? api<Channel>('/alert-channels', { method: 'POST', body }) : api<Channel>(`/alert-channels/${id}`, { method: PUT, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CHANNELS_KEY }),
  });
}

export function useTestChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, to }: { id: number; to: string | null }) => api<Delivery>(`/alert-channels/${id}/test`, { method: 'POST', body: { to } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DELIVERIES_KEY }),
  });
}

export function useRetryDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<Delivery>(`/alert-deliveries/${id}/retry`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DELIVERIES_KEY }),
  });
}
