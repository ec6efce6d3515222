import type { ApolloClient } from '@apollo/client';
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
