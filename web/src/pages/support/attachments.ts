import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../generated';

const AttachmentUpload = graphql(`
  mutation AttachmentUpload($input: CreateAttachmentUploadInput!) {
    createAttachmentUpload(input: $input) {
      id
      uploadUrl
      maxBytes
    }
  }
`);

/** Uploads files through the gateway's upload service; the ids go with the ticket or message. */
export async function uploadAttachments(client: ApolloClient, files: File[]): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const { data } = await client.mutate({
      mutation: AttachmentUpload,
      variables: { input: { fileName: file.name } },
    });
    const ticket = data?.createAttachmentUpload;
    if (!ticket) throw new Error('upload refused');
    if (file.size > ticket.maxBytes)
      throw new Error(`Файл ${file.name} больше ${ticket.maxBytes / 1_048_576} МБ`);
    const response = await fetch(ticket.uploadUrl, { method: 'PUT', body: file });
    if (!response.ok) throw new Error(`Файл ${file.name} не принят`);
    ids.push(ticket.id);
  }
  return ids;
}

/**
 * The files of a form's `files` input, uploaded: their ids, or null when one was refused (then `error` says
 * which and why, and the form is not sent).
 */
export function useAttachments() {
  const client = useApolloClient();
  const [error, setError] = useState<string | null>(null);
  const upload = async (form: FormData): Promise<string[] | null> => {
    setError(null);
    const files = (form.getAll('files') as File[]).filter((file) => file.size > 0);
    return uploadAttachments(client, files).catch((refused: Error) => {
      setError(refused.message);
      return null;
    });
  };
  return { upload, error };
}
