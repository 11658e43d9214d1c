// SpeechRecognition: the recognized words on a timeline, one per sentence.
import { block } from './card-parts.js';
import { h } from './dom.js';
import { clock, durationText } from './time.js';
import { present } from './value-shape.js';

/** Every sentence with its words in absolute milliseconds, from `ResultDetail` or `FlashResult`. */
function sentencesOf(result) {
  const sentences = [];
  for (const sentence of result?.ResultDetail ?? []) {
    const start = Number(sentence.StartMs);
    const end = Number(sentence.EndMs);
    if (!Number.isFinite(start)) continue;
    // OffsetStartMs/OffsetEndMs count from the start of the sentence.
    const words = (sentence.Words ?? [])
      .map((word) => ({
        word: word.Word ?? '',
        start: start + Number(word.OffsetStartMs),
        end: start + Number(word.OffsetEndMs),
        punctuation: word.VoiceType === '1',
      }))
      .filter((word) => Number.isFinite(word.start) && Number.isFinite(word.end));
    sentences.push({
      text: sentence.FinalSentence,
      start,
      end: Number.isFinite(end) ? end : Math.max(start, ...words.map((w) => w.end)),
      speaker: sentence.SpeakerId,
      speed: sentence.SpeechSpeed,
      words,
    });
  }
  for (const channel of result?.FlashResult ?? []) {
    for (const sentence of channel.sentence_list ?? []) {
      const start = sentence.start_time;
      if (!Number.isFinite(start)) continue;
      const words = (sentence.word_list ?? [])
        .filter((word) => Number.isFinite(word.start_time) && Number.isFinite(word.end_time))
        // Times are from the start of the audio; a word before its sentence counts from the sentence.
        .map((word) => {
          const offset = word.start_time < start ? start : 0;
          return { word: word.word ?? '', start: offset + word.start_time, end: offset + word.end_time, punctuation: false };
        });
      const end = Number.isFinite(sentence.end_time) ? sentence.end_time : Math.max(start, ...words.map((w) => w.end));
      sentences.push({ text: sentence.text, start, end, speaker: sentence.speaker_id, channel: channel.channel_id, words });
    }
  }
  return sentences.filter((sentence) => sentence.words.length > 0 || present(sentence.text));
}

/** A SpeechRecognitionResult's sentences, each with its words on a track; nothing without word timings. */
export function speechTimeline(result) {
  const sentences = sentencesOf(result);
  if (!sentences.some((sentence) => sentence.words.length > 0)) return null;
  return block(
    'Words',
    sentences.map((sentence, index) => {
      const span = Math.max(1, sentence.end - sentence.start);
      const at = (ms) => `${Math.min(100, Math.max(0, ((ms - sentence.start) / span) * 100)).toFixed(3)}%`;
      return h(
        'figure',
        { class: 'timeline' },
        h(
          'figcaption',
          null,
          h('span', { class: 'sentence-no' }, `Sentence ${index + 1}`),
          h('span', { class: 'mono' }, `${clock(sentence.start)} – ${clock(sentence.end)}`),
          present(sentence.speaker) && h('span', null, `speaker ${sentence.speaker}`),
          present(sentence.channel) && h('span', null, `channel ${sentence.channel}`),
          present(sentence.speed) && h('span', null, `${sentence.speed} words/s`),
        ),
        present(sentence.text) && h('p', { class: 'sentence' }, sentence.text),
        h(
          'div',
          { class: 'track', 'aria-hidden': 'true' },
          sentence.words
            .filter((word) => !word.punctuation)
            .map((word, i) =>
              h('span', {
                class: `segment ${i % 2 ? 'odd' : 'even'}`,
                title: `${word.word} · ${clock(word.start)} – ${clock(word.end)}`,
                style: { left: at(word.start), width: `calc(${at(word.end)} - ${at(word.start)})` },
              }),
            ),
        ),
        h(
          'ol',
          { class: 'words' },
          sentence.words.map((word) =>
            h(
              'li',
              { class: word.punctuation ? 'punctuation' : undefined, title: `${clock(word.start)} – ${clock(word.end)} (${durationText(word.end - word.start)})` },
              h('span', { class: 'word', 'data-testid': 'word' }, word.word),
              h('time', null, clock(word.start)),
            ),
          ),
        ),
      );
    }),
  );
}
