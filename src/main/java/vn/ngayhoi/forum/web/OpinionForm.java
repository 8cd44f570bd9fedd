package vn.ngayhoi.forum.web;

import vn.ngayhoi.forum.PublicForum;

/** The public form as typed; it comes back as typed when something is refused. */
public class OpinionForm {

    private String communeCode = "";
    private String communeName = "";
    private String topic = "";
    private String text = "";
    private boolean anonymous = true;
    private String name = "";
    private String contact = "";
    private Long festivalId;

    PublicForum.Submission toSubmission() {
        String commune = communeCode == null || communeCode.isBlank() ? communeName : communeCode;
        return new PublicForum.Submission(commune, topic, text, anonymous, name, contact, festivalId);
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getCommuneName() {
        return communeName;
    }

    public void setCommuneName(String communeName) {
        this.communeName = communeName;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Long getFestivalId() {
        return festivalId;
    }

    public void setFestivalId(Long festivalId) {
        this.festivalId = festivalId;
    }
}
