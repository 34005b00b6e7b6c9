/**
 * Who the article is talking about, as attribution reads it in article order: the topic (the subject of the latest
 * sentence that had a person as subject, or the latest speaker) and the speaker of the latest quotation, and the
 * people a pronoun may stand for given them.
 */
import type { Gender } from '../languages';
import { compatible, type Entity, type EntityRegistry } from './entities';

export class Discourse {
  /** Who the article is talking about. */
  topic: Entity | null = null;
  /** Where the topic was set (a character offset). */
  topicAt = -1;
  /** Where the paragraph being read starts: a topic set in this paragraph is fresh. */
  paragraphStart = 0;
  /** The speaker of the latest quotation attributed. */
  lastSpeaker: Entity | null = null;

  constructor(private readonly registry: EntityRegistry) {}

  setTopic(entity: Entity | null, at: number): void {
    if (!entity) return;
    this.topic = entity;
    this.topicAt = at;
  }

  /**
   * The people a pronoun (or a verb without a subject) may stand for: first the one the older rule picks (see
   * `pronounChoice`, null when it finds none), then the topic, the latest person of its gender and the latest
   * speaker, when their gender allows.
   */
  pronounCandidates(gender: Gender | undefined): [Entity | null, ...Entity[]] {
    const choice = this.pronounChoice(gender);
    const others = [this.topic, gender ? this.registry.latestOfGender(gender) : null, this.lastSpeaker];
    return [choice, ...others.filter((entity): entity is Entity => !!entity && compatible(entity, gender))];
  }

  /**
   * The person a pronoun stands for by the older rule: the topic when its gender is known to agree, or when the
   * paragraph set it and its gender is not known to differ ("Kerr Hollis (D-Ore.) scolded them: "…," she said");
   * else the latest person of that gender, unless the topic is a person who has spoken, whose gender is not known to
   * differ, and who was the topic after that person was last seen ('"…," Brandt said.' [new paragraph] 'He and Weber
   * fear …' is Brandt's, though only Weber is known to be a man); else the topic or the latest person of unknown
   * gender.
   */
  pronounChoice(gender: Gender | undefined): Entity | null {
    const fresh = this.topicAt >= this.paragraphStart;
    if (this.topic && (this.topic.gender === gender || !gender || (fresh && compatible(this.topic, gender)))) return this.topic;
    const known = gender ? this.registry.latestOfGender(gender) : null;
    if (known && this.topic?.quotes && !this.topic.organisation && compatible(this.topic, gender) && known.lastSeen < this.topicAt) return this.topic;
    if (known) return known;
    return this.topic && compatible(this.topic, gender) ? this.topic : this.registry.latestCompatible(gender);
  }
}
