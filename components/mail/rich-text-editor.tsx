"use client";

/**
 * A small rich-text box (bold, italic, lists, links) on the browser's own `contentEditable`:
 * enough for mail, without an editor framework. The HTML it reports is what Zoom stores.
 */
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { stripInvisibleFormatting } from "@/lib/schemas/invisible-formatting";

const tools = [
  { command: "bold", label: "Bold", glyph: <strong>B</strong> },
  { command: "italic", label: "Italic", glyph: <em className="font-serif">I</em> },
  { command: "insertUnorderedList", label: "Bulleted list", glyph: <span aria-hidden="true">••</span> },
  { command: "insertOrderedList", label: "Numbered list", glyph: <span aria-hidden="true">1.</span> },
] as const;

export function RichTextEditor({ label, html, onChange }: { label: string; html: string; onChange: (html: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  // Set once from outside (opening a draft); afterwards the box owns its content, so the caret never jumps.
  const loaded = useRef(false);
  useEffect(() => {
    if (box.current && !loaded.current) {
      box.current.innerHTML = html;
      loaded.current = true;
    }
  }, [html]);

  const report = () => {
    // Pasted zero-width characters are dropped as they arrive: the server refuses them, and here they cannot be seen.
    const html = stripInvisibleFormatting(box.current?.innerHTML ?? "");
    onChange(html === "<br>" ? "" : html);
  };

  function run(command: string, value?: string) {
    box.current?.focus();
    document.execCommand(command, false, value);
    report();
  }

  function link() {
    const url = window.prompt("Link address (https://…)");
    if (!url) return;
    if (!/^(https?:|mailto:)/i.test(url.trim())) return window.alert("Links must start with https://, http:// or mailto:.");
    run("createLink", url.trim());
  }

  return (
    <div className="rounded-md border border-slate-300 shadow-sm focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/30 dark:border-slate-700">
      <div role="toolbar" aria-label="Formatting" className="flex gap-1 border-b border-slate-200 bg-slate-50 px-2 py-1 dark:border-slate-800 dark:bg-slate-900/60">
        {tools.map((tool) => (
          <button
            key={tool.command}
            type="button"
            aria-label={tool.label}
            title={tool.label}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(tool.command)}
            className="h-8 min-w-8 rounded px-2 text-sm text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            {tool.glyph}
          </button>
        ))}
        <button type="button" aria-label="Link" title="Link" onMouseDown={(event) => event.preventDefault()} onClick={link} className="h-8 rounded px-2 text-sm text-slate-700 underline hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800">
          Link
        </button>
      </div>
      <div
        ref={box}
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        contentEditable
        suppressContentEditableWarning
        onInput={report}
        className={cn(
          "prose-sm min-h-48 max-h-[28rem] overflow-y-auto bg-white px-3 py-2 text-sm text-slate-900 outline-none dark:bg-slate-900 dark:text-slate-100",
          "[&_a]:text-brand-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6",
        )}
      />
    </div>
  );
}

/** The plain-text alternative of an HTML body: paragraphs and list items on their own lines, links kept as "text (url)". */
export function htmlToPlain(html: string): string {
  if (!html) return "";
  const doc = new DOMParser().parseFromString(html, "text/html");
  const out: string[] = [];
  const walk = (node: Node, listPrefix: string | null) => {
    if (node.nodeType === Node.TEXT_NODE) return void out.push(node.textContent ?? "");
    if (!(node instanceof HTMLElement)) return;
    const tag = node.tagName;
    if (tag === "BR") return void out.push("\n");
    if (tag === "UL" || tag === "OL") {
      let n = 0;
      for (const child of node.childNodes) walk(child, tag === "OL" ? `${child.nodeName === "LI" ? ++n : n}. ` : "- ");
      return;
    }
    const block = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE)$/.test(tag);
    if (block && out.length && !out[out.length - 1].endsWith("\n")) out.push("\n");
    if (tag === "LI" && listPrefix) out.push(listPrefix);
    for (const child of node.childNodes) walk(child, null);
    if (tag === "A" && node.getAttribute("href") && node.getAttribute("href") !== node.textContent) out.push(` (${node.getAttribute("href")})`);
    if (block) out.push("\n");
  };
  walk(doc.body, null);
  return out.join("").replace(/\n{3,}/g, "\n\n").trim();
}
