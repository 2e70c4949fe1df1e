package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.List;

/** Stand-in (sal-api 5.1.4 [DF]). */
public interface MessageCollection {
    void addMessage(String key, Serializable... arguments);

    void addMessage(Message message);

    void addAll(List<Message> messages);

    boolean isEmpty();

    List<Message> getMessages();
}
