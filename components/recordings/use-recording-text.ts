"use client";

/** A recording's text file (transcript, chat) fetched once through the content route and parsed. */
import { useQuery } from "@tanstack/react-query";
import { fetchRecordingText, recordingKeys } from "@/lib/queries/recordings";

export function useRecordingText<T>(uuid: string, contentPath: string, parse: (text: string) => T | Promise<T>) {
  return useQuery({
    // Under the recording's key, so trashing or deleting it drops the text too.
    queryKey: [...recordingKeys.detail(uuid), "text", contentPath],
    queryFn: async ({ signal }) => parse(await fetchRecordingText(contentPath, signal)),
    staleTime: Infinity,
  });
}
